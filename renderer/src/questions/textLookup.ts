// Moved to renderer/src/text/textLookup.ts (dates, periods and values use it too).
export { textLookup } from '../text/textLookup';
