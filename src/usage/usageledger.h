#pragma once

#include "requestrecord.h"

#include <QObject>

class QThread;

namespace clawdesk {

class LedgerWriter;

/// @brief Records every gateway request in an embedded SQLite database without slowing the
/// request path: record() only queues; a writer thread batches rows into one transaction.
class UsageLedger : public QObject
{
    Q_OBJECT
public:
    /// `databasePath` empty: `<AppDataLocation>/usage.sqlite`.
    explicit UsageLedger(const QString &databasePath = {}, QObject *parent = nullptr);
    ~UsageLedger() override; ///< writes what is queued, then joins the writer thread

    static QString defaultPath();
    QString path() const { return m_path; }

    /// Thread-safe and non-blocking.
    void record(const RequestRecord &record);
    /// Blocks until everything recorded so far is in the database (tests, shutdown).
    void flush();

signals:
    void writeFailed(const QString &message);

private:
    QString m_path;
    QThread *m_thread = nullptr;
    LedgerWriter *m_writer = nullptr;
};

} // namespace clawdesk
