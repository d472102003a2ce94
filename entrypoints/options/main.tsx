import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/theme.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
