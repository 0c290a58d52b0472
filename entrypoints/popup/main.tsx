import { render } from 'preact';
import { PopupScreen } from '@/components/popup-screen';
import { usePopup } from './use-popup';
import '@/components/ui.css';

function Popup() {
  return <PopupScreen {...usePopup()} />;
}

render(<Popup />, document.getElementById('app')!);
