/** The search app for English pages: only the English search messages are bundled. */
import { searchScript } from '@/i18n/en/site';
import { startSearchApp } from './start-search';

startSearchApp(searchScript);
