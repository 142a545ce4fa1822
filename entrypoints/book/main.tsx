import '../../lib/zod-jitless'; // first: before any zod schema is made
import { mountPage } from '../../components/mount-page';
import '../../components/book/book.css';
import { BookApp } from './app';

mountPage(<BookApp />);
