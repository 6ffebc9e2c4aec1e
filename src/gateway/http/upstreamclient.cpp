#include "upstreamclient.h"

#include "curltransfer.h"
#include "httplogging.h"

#include <QSocketNotifier>

#include <mutex>

namespace clawdesk {

/// @brief The C callbacks libcurl calls; they forward to the client and its calls.
struct CurlGlue
{
    static int socket(CURL *, curl_socket_t fd, int what, void *userp, void *)
    {
        static_cast<UpstreamClient *>(userp)->updateWatch(int(fd), what);
        return 0;
    }

    static int timer(CURLM *, long timeoutMs, void *userp)
    {
        auto *client = static_cast<UpstreamClient *>(userp);
        if (timeoutMs < 0)
            client->m_timer.stop();
        else
            client->m_timer.start(int(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
        return 0;
    }

    static size_t header(char *data, size_t size, size_t count, void *userp)
    {
        auto *t = static_cast<CurlTransfer *>(userp);
        if (!t->call)
            return 0; // finished or deleted meanwhile: make libcurl stop this transfer
        t->call->onHeaderLine(data, size * count);
        return t->call ? size * count : 0;
    }

    static size_t write(char *data, size_t size, size_t count, void *userp)
    {
        auto *t = static_cast<CurlTransfer *>(userp);
        if (!t->call)
            return 0;
        t->call->onBody(data, size * count);
        return t->call ? size * count : 0;
    }
};

struct UpstreamClient::SocketWatch
{
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

namespace {

QByteArray noProxyList()
{
    QByteArray list = qgetenv("no_proxy");
    if (list.isEmpty())
        list = qgetenv("NO_PROXY");
    if (list.trimmed() == "*")
        return list;
    // Loopback upstreams (LM Studio, local servers) never go through a proxy.
    if (!list.isEmpty())
        list.append(',');
    list.append("localhost,127.0.0.1,::1");
    return list;
}

} // namespace

UpstreamClient::UpstreamClient(QObject *parent)
    : UpstreamClient(UpstreamClientOptions(), parent)
{}

UpstreamClient::UpstreamClient(const UpstreamClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_noProxy(noProxyList())
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlGlue::socket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlGlue::timer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(options.maxHostConnections));
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, long(options.maxIdleConnections));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
}

UpstreamClient::~UpstreamClient()
{
    const QSet<CurlTransfer *> running = m_transfers;
    for (CurlTransfer *t : running) {
        if (UpstreamCall *call = t->call)
            call->complete(UpstreamError::Aborted, QStringLiteral("the upstream client was shut down"));
    }
    // Finished calls no longer touch the client, so calls taken by others may outlive it.
    const QList<CurlTransfer *> leftovers =
        m_pendingReleases + QList<CurlTransfer *>(m_transfers.begin(), m_transfers.end());
    m_pendingReleases.clear();
    m_transfers.clear();
    for (CurlTransfer *t : leftovers)
        freeTransfer(t);
    curl_multi_cleanup(m_multi);
    qDeleteAll(m_watches);
}

UpstreamCall *UpstreamClient::send(const UpstreamRequest &request)
{
    auto *call = new UpstreamCall(this, request);
    auto *t = new CurlTransfer;
    t->call = call;
    t->body = request.body;
    call->m_transfer = t;

    CURL *e = curl_easy_init();
    t->easy = e;
    curl_easy_setopt(e, CURLOPT_URL, request.url.toEncoded().constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &CurlGlue::header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &CurlGlue::write);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    if (request.url.scheme() == QLatin1String("https"))
        curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L); // prefer multiplexing on a pending HTTP/2 connection
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    curl_easy_setopt(e, CURLOPT_NOPROXY, m_noProxy.constData());
    if (request.connectTimeoutMs > 0)
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeoutMs));
    if (request.totalTimeoutMs > 0)
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(request.totalTimeoutMs));

    const QByteArray method = request.method.toUpper();
    if (method == "GET" && t->body.isEmpty()) {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (method == "POST" || !t->body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->body.size()));
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->body.constData());
        }
    }

    bool hasExpect = false;
    bool hasContentType = false;
    for (const auto &h : request.headers) {
        hasExpect = hasExpect || HttpHeaders::nameEquals(h.first, "expect");
        hasContentType = hasContentType || HttpHeaders::nameEquals(h.first, "content-type");
        const QByteArray line = h.first + ": " + h.second;
        t->headers = curl_slist_append(t->headers, line.constData());
    }
    if (!hasExpect) // no 100-continue round trip for large bodies
        t->headers = curl_slist_append(t->headers, "Expect:");
    if (!hasContentType) // instead of curl's default application/x-www-form-urlencoded
        t->headers = curl_slist_append(t->headers, "Content-Type:");
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

    m_transfers.insert(t);
    start(t);
    return call;
}

void UpstreamClient::start(CurlTransfer *t)
{
    if (m_depth > 0) {
        m_pendingAdds.append(t);
        return;
    }
    const CURLMcode rc = curl_multi_add_handle(m_multi, t->easy);
    if (rc != CURLM_OK) {
        qCWarning(lcHttp) << "curl_multi_add_handle failed:" << curl_multi_strerror(rc);
        if (UpstreamCall *call = t->call) {
            const QString message = QString::fromUtf8(curl_multi_strerror(rc));
            QMetaObject::invokeMethod(
                call, [call, message] { call->complete(UpstreamError::Other, message); },
                Qt::QueuedConnection);
        }
        return;
    }
    t->inMulti = true;
}

void UpstreamClient::release(CurlTransfer *t)
{
    m_transfers.remove(t);
    if (m_pendingAdds.removeOne(t)) {
        freeTransfer(t);
        return;
    }
    if (m_depth > 0) {
        m_pendingReleases.append(t);
        return;
    }
    freeTransfer(t);
}

void UpstreamClient::freeTransfer(CurlTransfer *t)
{
    if (t->inMulti)
        curl_multi_remove_handle(m_multi, t->easy);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
    delete t;
}

void UpstreamClient::updateWatch(int fd, int what)
{
    SocketWatch *w = m_watches.value(fd);
    if (what == CURL_POLL_REMOVE) {
        if (w) {
            w->read->setEnabled(false);
            w->write->setEnabled(false);
        }
        return;
    }
    if (!w) {
        // Notifiers are kept per descriptor number and reused: deleting them from inside their own
        // activation is unsafe, and curl reuses numbers all the time.
        w = new SocketWatch;
        w->read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        w->write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
        connect(w->read, &QSocketNotifier::activated, this,
                [this, fd] { socketAction(fd, CURL_CSELECT_IN); });
        connect(w->write, &QSocketNotifier::activated, this,
                [this, fd] { socketAction(fd, CURL_CSELECT_OUT); });
        m_watches.insert(fd, w);
    }
    w->read->setEnabled(what & CURL_POLL_IN);
    w->write->setEnabled(what & CURL_POLL_OUT);
}

void UpstreamClient::socketAction(int fd, int mask)
{
    int running = 0;
    ++m_depth;
    curl_multi_socket_action(m_multi, curl_socket_t(fd), mask, &running);
    --m_depth;
    afterAction();
}

void UpstreamClient::pause(CurlTransfer *t, bool paused)
{
    if (!t->inMulti)
        return;
    ++m_depth; // unpausing may deliver buffered data synchronously
    curl_easy_pause(t->easy, paused ? CURLPAUSE_RECV : CURLPAUSE_RECV_CONT);
    --m_depth;
    if (m_depth == 0)
        afterAction();
}

void UpstreamClient::afterAction()
{
    if (m_depth > 0)
        return;
    const QList<CurlTransfer *> releases = std::exchange(m_pendingReleases, {});
    for (CurlTransfer *t : releases)
        freeTransfer(t);
    const QList<CurlTransfer *> adds = std::exchange(m_pendingAdds, {});
    for (CurlTransfer *t : adds)
        start(t);

    int queued = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CurlTransfer *t = nullptr;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
        const CURLcode result = msg->data.result;
        if (t && t->call)
            t->call->onCurlDone(result);
    }
}

} // namespace clawdesk
