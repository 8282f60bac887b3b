/** The search app for Spanish pages: only the Spanish search messages are bundled. */
import { searchScript } from '@/i18n/es/site';
import { startSearchApp } from './start-search';

startSearchApp(searchScript);
