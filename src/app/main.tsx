import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n';
import { localPreferences } from '../platform/preferences';
import { findProducibleSpec } from '../specs';
import { createPhotoStore } from '../store/photo-store';
import { App } from '../ui/App';
import { StoreProvider } from '../ui/shared/store-context';
import { UiServicesProvider } from '../ui/shared/ui-services';
import { registerAutomation } from './automation';
import { createServices, createUiServices } from './create-services';
import '../ui/styles.css';

// Renders at once: English and Japanese are bundled, and another language's chunks replace English when they arrive.
void initI18n();
/** `?matte=full-frame` runs the old full-frame matte: the benchmark's side-by-side reference (scripts/bench-pipeline.mjs). */
const services = createServices(new URLSearchParams(location.search).get('matte') === 'full-frame' ? 'full-frame' : 'head');
/** The residence card is the photo our users need most often (every visa change or renewal). */
const initialSpec = findProducibleSpec('jp-residence-card');
if (!initialSpec) throw new Error('jp-residence-card missing from the spec table');
const store = createPhotoStore(services, initialSpec, localPreferences());
registerAutomation(store, services);
const uiServices = createUiServices();

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <UiServicesProvider services={uiServices}>
        <App />
      </UiServicesProvider>
    </StoreProvider>
  </StrictMode>,
);
