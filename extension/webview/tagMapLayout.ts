// Geometry of the tag map, shared by the map script and its tests: cell size in CSS pixels and granules per line.
export const CELL = 12;
export const COLUMNS = 64;
