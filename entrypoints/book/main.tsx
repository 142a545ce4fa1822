import { mountPage } from '../../components/mount-page';
import { BookApp } from './app';

mountPage(<BookApp />);
