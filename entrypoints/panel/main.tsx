import { mountPage } from '../../components/mount-page';
import { PanelApp } from './app';

mountPage(<PanelApp />);
