import { earlyStart } from './lib/early';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')!, props: { started: earlyStart } });
