import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/options/theme.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
