import './boot/csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { NoHost } from './NoHost';
// Order matters: later files refine earlier ones (e.g. forms.css narrows buttons inside fields).
import './styles/tokens.css';
import './styles/base.css';
import './styles/buttons.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/widgets.css';
import './styles/table.css';
import './styles/case-common.css';
import './styles/cases-list.css';
import './styles/case-page.css';
import './styles/answers.css';
import './styles/intake.css';
import './styles/screening.css';
import './styles/notes.css';
import './styles/documents.css';
import './styles/timeline.css';
import './styles/referrals.css';
import './styles/legal.css';
import './styles/schedule.css';
import './styles/overlay.css';
import './styles/backups.css';

initI18n();
const root = createRoot(document.getElementById('root')!);

// App is loaded dynamically because api.ts throws when no host provided window.haven: that failure then
// shows a translated message instead of a blank page.
import('./App').then(
  ({ App }) =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  () => root.render(<NoHost />),
);
