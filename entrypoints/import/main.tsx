import '../../lib/zod-jitless'; // first: before any zod schema is made
import { mountPage } from '../../components/mount-page';
import { ImportApp } from './app';

mountPage(<ImportApp />);
