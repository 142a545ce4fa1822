import { mountPage } from '../../components/mount-page';
import { ImportApp } from './app';

mountPage(<ImportApp />);
