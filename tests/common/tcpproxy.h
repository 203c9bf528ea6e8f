// A loopback TCP proxy for tests: forwards every connection to an upstream port and records
// what the server sent back, so a test can search every answer a client received. It also
// injects the network faults of the sync fault suite: a delay on every exchange, a request or a
// response cut at a chosen byte (a response cut at byte 0 is an answer lost after the server
// committed), a response held until the test releases it (to kill a client in the middle of a
// push), a request delivered twice, and a partition (every connection refused or dropped).
// Requests are matched by a substring of their request line ("POST /v1/mutations").
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace releve::testing {

class TcpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxy(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~TcpProxy() override { partition(true); }

    quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    // Everything the upstream server sent to clients through this proxy.
    const QByteArray &received() const { return m_received; }
    void clearReceived() { m_received.clear(); }

    // --- Faults -------------------------------------------------------------------------------
    // Every request and every response chunk waits this long before it is forwarded.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    // The next `times` requests matching: only the first `byte` bytes reach the server, then both
    // sides are cut.
    void cutRequestAt(const QByteArray &match, qint64 byte, int times = 1)
    {
        m_rules.append({ Rule::CutRequest, match, byte, times });
    }
    // The next `times` requests matching reach the server whole; their response is cut after
    // `byte` bytes (0: the client receives nothing).
    void cutResponseAt(const QByteArray &match, qint64 byte, int times = 1)
    {
        m_rules.append({ Rule::CutResponse, match, byte, times });
    }
    // The response of the next request matching is kept here, whole, until releaseHeld() (or a
    // cut); responseHeld() says it arrived.
    void holdResponse(const QByteArray &match) { m_rules.append({ Rule::Hold, match, 0, 1 }); }
    void releaseHeld()
    {
        for (const LinkPtr &link : std::as_const(m_links)) {
            if (link->mode == Link::Holding) {
                link->mode = Link::Passing;
                toClient(link, std::exchange(link->held, {}));
            }
        }
    }
    // The next `times` requests matching are delivered, then delivered once more on a new
    // connection (as a retransmitting middlebox would); the second answer is discarded.
    void replayRequest(const QByteArray &match, int times = 1)
    {
        m_rules.append({ Rule::Replay, match, 0, times });
    }
    // A partition: while on, every connection is dropped and new ones are closed at once.
    void partition(bool on)
    {
        m_partitioned = on;
        if (on) {
            const QList<LinkPtr> links = m_links;
            for (const LinkPtr &link : links)
                cut(link);
        }
    }
    bool isPartitioned() const { return m_partitioned; }
    void clearFaults()
    {
        m_rules.clear();
        m_delayMs = 0;
        partition(false);
        releaseHeld();
    }
    int requestCount(const QByteArray &match) const
    {
        int n = 0;
        for (const QByteArray &line : m_requestLines)
            n += line.contains(match) ? 1 : 0;
        return n;
    }
    int replaysDone() const { return m_replaysDone; }

signals:
    void requestForwarded(const QByteArray &requestLine);
    void responseHeld();

private:
    struct Rule
    {
        enum Kind { CutRequest, CutResponse, Hold, Replay } kind;
        QByteArray match;
        qint64 byte = 0;
        int times = 1;
    };
    struct Link;
    using LinkPtr = std::shared_ptr<Link>;
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray fromClient; // not yet a whole request
        QByteArray toUpstream; // waiting for the upstream connection
        enum Mode { Passing, Cutting, Holding } mode = Passing;
        qint64 cutAfter = 0; // response bytes still allowed through when cutting
        QByteArray held;
        QByteArray response; // the current response, to tell when a held one is whole
    };

    std::optional<Rule> takeRule(const QByteArray &line)
    {
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            if (!line.contains(m_rules[i].match))
                continue;
            Rule rule = m_rules[i];
            if (--m_rules[i].times <= 0)
                m_rules.removeAt(i);
            return rule;
        }
        return std::nullopt;
    }

    // The length of the first whole HTTP message in buffer (headers + Content-Length), or -1.
    static qsizetype messageLength(const QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        qint64 length = 0;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        return buffer.size() >= end + 4 + length ? end + 4 + length : -1;
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            if (m_partitioned) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto link = std::make_shared<Link>();
            link->client = client;
            link->upstream = new QTcpSocket(client);
            m_links.append(link);
            link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(client, &QTcpSocket::readyRead, this, [this, link] { readClient(link); });
            connect(link->upstream, &QTcpSocket::connected, this,
                    [link] { link->upstream->write(std::exchange(link->toUpstream, {})); });
            connect(link->upstream, &QTcpSocket::readyRead, this,
                    [this, link] { readUpstream(link); });
            connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
                if (link->mode != Link::Holding)
                    later([link] {
                        if (link->client)
                            link->client->disconnectFromHost();
                    });
            });
            connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link] {
                if (link->mode != Link::Holding && link->client)
                    later([link] {
                        if (link->client)
                            link->client->disconnectFromHost();
                    });
            });
            connect(client, &QTcpSocket::disconnected, this, [this, link] {
                m_links.removeAll(link);
                if (link->client)
                    link->client->deleteLater();
            });
        }
    }

    void readClient(LinkPtr link)
    {
        link->fromClient += link->client->readAll();
        for (;;) {
            const qsizetype length = messageLength(link->fromClient);
            if (length < 0)
                return;
            QByteArray request = link->fromClient.left(length);
            link->fromClient.remove(0, length);
            const QByteArray line = request.left(request.indexOf("\r\n"));
            m_requestLines.append(line);
            link->response.clear();
            const std::optional<Rule> rule = takeRule(line);
            if (rule && rule->kind == Rule::CutRequest) {
                toUpstream(link, request.left(rule->byte));
                later([this, link] { cut(link); });
                return;
            }
            if (rule && rule->kind == Rule::CutResponse) {
                link->mode = Link::Cutting;
                link->cutAfter = rule->byte;
            } else if (rule && rule->kind == Rule::Hold) {
                link->mode = Link::Holding;
            }
            toUpstream(link, request);
            emit requestForwarded(line);
            if (rule && rule->kind == Rule::Replay)
                replay(request);
        }
    }

    void readUpstream(LinkPtr link)
    {
        const QByteArray bytes = link->upstream->readAll();
        if (link->mode == Link::Holding) {
            link->held += bytes;
            link->response += bytes;
            if (messageLength(link->response) >= 0)
                emit responseHeld();
            return;
        }
        if (link->mode == Link::Cutting) {
            const QByteArray allowed = bytes.left(link->cutAfter);
            link->cutAfter -= allowed.size();
            if (!allowed.isEmpty())
                toClient(link, allowed);
            if (link->cutAfter <= 0 || allowed.size() < bytes.size())
                later([this, link] { cut(link); });
            return;
        }
        toClient(link, bytes);
    }

    void toUpstream(LinkPtr link, const QByteArray &bytes)
    {
        later([link, bytes] {
            if (!link->upstream)
                return;
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(bytes);
            else
                link->toUpstream += bytes;
        });
    }

    void toClient(LinkPtr link, const QByteArray &bytes)
    {
        m_received.append(bytes);
        later([link, bytes] {
            if (link->client)
                link->client->write(bytes);
        });
    }

    // Both sides abort: the client sees a connection reset, the server a closed socket.
    void cut(LinkPtr link)
    {
        if (!m_links.contains(link))
            return;
        link->mode = Link::Passing;
        link->held.clear();
        if (link->upstream)
            link->upstream->abort();
        if (link->client)
            link->client->abort();
    }

    void replay(const QByteArray &request)
    {
        ++m_replaysDone;
        auto *socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, socket,
                [socket, request] { socket->write(request); });
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray answer = socket->property("answer").toByteArray() + socket->readAll();
            socket->setProperty("answer", answer);
            if (messageLength(socket->property("answer").toByteArray()) >= 0)
                socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
        // After the original: the duplicate arrives second, as a retransmission would.
        QTimer::singleShot(m_delayMs + 20, socket, [this, socket] {
            socket->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        });
    }

    template<typename F> void later(F f)
    {
        if (m_delayMs <= 0)
            f();
        else
            QTimer::singleShot(m_delayMs, this, f);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_received;
    int m_delayMs = 0;
    bool m_partitioned = false;
    QList<Rule> m_rules;
    QList<LinkPtr> m_links;
    QList<QByteArray> m_requestLines;
    int m_replaysDone = 0;
};

} // namespace releve::testing
