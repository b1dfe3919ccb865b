/** Shard 2 of the mutation test of the real content (tests/unit/content/mutation-run.ts). */
import { mutationShard } from './mutation-run.ts';

mutationShard(2);
