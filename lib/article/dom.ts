// DOM constants by number: NodeFilter and Node are not globals in every DOM implementation (linkedom).
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
