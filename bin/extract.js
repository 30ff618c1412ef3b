#!/usr/bin/env node
import { launch } from '../dist/bundle/launch.js';

launch();
