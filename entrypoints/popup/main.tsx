import { mountPage } from '../../components/mount-page';
import { PopupApp } from './app';

mountPage(<PopupApp />);
