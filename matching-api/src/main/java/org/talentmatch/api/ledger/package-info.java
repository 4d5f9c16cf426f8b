/**
 * The service ledger: what each expert served, where and when ({@link
 * org.talentmatch.api.ledger.ServiceRecord}), and the storage SPI that keeps it ({@link
 * org.talentmatch.api.ledger.ServiceLedger}). Yearly statistics, exports and the bridge to
 * planning history are in {@code org.talentmatch.core.ledger}.
 */
package org.talentmatch.api.ledger;
