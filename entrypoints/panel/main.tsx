import { mountPage } from '../../components/mount-page';
import { PanelApp } from './app';
import { createPanelQueryClient } from './query-client';

mountPage(<PanelApp />, createPanelQueryClient());
