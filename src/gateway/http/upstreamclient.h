#pragma once

#include "upstreamcall.h"
#include "upstreamrequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace clawdesk {

struct CurlTransfer;

/// @brief Tuning of UpstreamClient's connection pool.
struct UpstreamClientOptions
{
    int maxHostConnections = 256; ///< parallel connections to one host (long SSE streams each hold one)
    int maxIdleConnections = 64;  ///< keep-alive connections kept for reuse
};

/// @brief Outbound HTTP(S) client on libcurl's multi interface, driven by this thread's event loop.
///
/// curl's sockets are watched with QSocketNotifiers and its timer is one QTimer, so no request
/// crosses threads and nothing polls. Connections are pooled (keep-alive, HTTP/2 multiplexing over
/// TLS). Standard proxy variables are honoured except for loopback. Redirects are not followed.
class UpstreamClient : public QObject
{
    Q_OBJECT
public:
    explicit UpstreamClient(QObject *parent = nullptr);
    explicit UpstreamClient(const UpstreamClientOptions &options, QObject *parent = nullptr);
    /// Aborts running calls (each emits finished() with Aborted).
    ~UpstreamClient() override;

    /// Starts @p request. The returned call is owned by this client (see UpstreamCall); results and
    /// errors are always reported later from the event loop, never from inside send().
    UpstreamCall *send(const UpstreamRequest &request);

    int runningCalls() const { return int(m_transfers.size()); }

private:
    friend class UpstreamCall;
    friend struct CurlGlue;
    struct SocketWatch;

    void start(CurlTransfer *transfer);
    void release(CurlTransfer *transfer);
    void freeTransfer(CurlTransfer *transfer);
    void updateWatch(int fd, int what);
    void socketAction(int fd, int mask);
    void afterAction();
    void pause(CurlTransfer *transfer, bool paused);

    void *m_multi = nullptr;
    QTimer m_timer;
    QHash<int, SocketWatch *> m_watches;
    QSet<CurlTransfer *> m_transfers; // added or waiting to be added
    QList<CurlTransfer *> m_pendingAdds;
    QList<CurlTransfer *> m_pendingReleases;
    int m_depth = 0; // > 0 while inside libcurl, where adding/removing handles is forbidden
    QByteArray m_noProxy;
};

} // namespace clawdesk
