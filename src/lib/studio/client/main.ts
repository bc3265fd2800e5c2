/** The studio page's entry (served by the dev server's studio middleware only). */
import { mount } from 'svelte';
import Studio from '../components/Studio.svelte';

const target = document.getElementById('studio');
if (target) mount(Studio, { target });
