package org.w3id.e2eekg.store;

import java.nio.ByteBuffer;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentExternal;
import org.apache.jena.dboe.transaction.txn.TxnId;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.TextIndex;

/**
 * The text index as a part of TDB2's transactions: a write transaction prepares and commits
 * the Lucene index with TDB2's data, and rolls it back when it aborts. A read transaction
 * leaves the index alone, whether it ends, commits or aborts.
 *
 * <p>It takes the place of jena-text's own component ({@code TextIndexDB}), which rolls the
 * index back when <em>any</em> transaction aborts, reads included. The index has one Lucene
 * writer shared by every thread, so that rollback threw away the uncommitted documents of the
 * write running at the same time, and two read aborts at once (Fuseki aborts the read
 * transaction of every query its timeout stops) raced on that writer: the second rollback
 * failed half way through TDB2's abort, and the reader's transaction was never ended.
 */
final class TextIndexComponent extends TransactionalComponentExternal<ReadWrite> {
    private final TextIndex index;

    TextIndexComponent(ComponentId id, TextIndex index) {
        super(id);
        this.index = index;
    }

    /** The component's state in a transaction is its mode: only a write touches the index. */
    @Override
    protected ReadWrite _begin(ReadWrite readWrite, TxnId txnId) {
        return readWrite;
    }

    @Override
    protected ByteBuffer _commitPrepare(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) {
            index.prepareCommit();
        }
        return null;
    }

    @Override
    protected void _commit(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) {
            index.commit();
        }
    }

    @Override
    protected void _commitEnd(TxnId txnId, ReadWrite mode) {}

    @Override
    protected void _abort(TxnId txnId, ReadWrite mode) {
        if (mode == ReadWrite.WRITE) {
            index.rollback();
        }
    }
}
