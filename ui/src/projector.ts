// The projector window: it shows only what Rust pushes (event "projector-view") and calls nothing.
import { mount } from 'svelte';
import Projector from './Projector.svelte';
import './projector.css';

mount(Projector, { target: document.getElementById('projector')! });
