import { render } from 'preact';
render(<p>区报</p>, document.getElementById('app')!);
