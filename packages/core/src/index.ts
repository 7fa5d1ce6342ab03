export { detectLanguage, type DetectedLang, type Lang } from './language/detect.js';
