import { mountPage } from '../../components/mount-page';
import { VocApp } from './app';

mountPage(<VocApp />);
