/** The ids of the page's main regions: skip links jump to them, shortcuts focus them. */
export const CANVAS_ID = "graph-canvas";
export const FILTERS_ID = "filters";
export const DETAILS_ID = "details";
