// A small HTTP/1.1 server on loopback for the tests of the map services (tiles, addresses): it
// answers GET requests through a handler, keeps connections alive like a real server, and counts
// what a usage policy cares about: requests, connections opened, and how many connections and
// requests were open at the same time. A test can also hold answers back, then release them.
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace releve::testing {

struct LoopbackRequest
{
    QByteArray method;
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct LoopbackResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // more header lines
    int delayMs = 0; // answer later (the time is never asserted on, only what overlaps)
    bool hang = false; // never answer
};

class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<LoopbackResponse(const LoopbackRequest &)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
    }

    ~LoopbackHttpServer() override { stop(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Closes the port and every connection: clients get "connection refused" from then on.
    void stop()
    {
        m_server.close();
        const QList<QTcpSocket *> sockets = m_sockets;
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        m_sockets.clear();
        m_held.clear();
    }

    // While holding, answers wait until release().
    void hold() { m_holding = true; }
    void release()
    {
        m_holding = false;
        const QList<std::pair<QPointer<QTcpSocket>, LoopbackResponse>> held
            = std::exchange(m_held, {});
        for (const auto &[socket, response] : held)
            if (socket)
                send(socket, response);
    }

    const QList<LoopbackRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int heldCount() const { return int(m_held.size()); }
    int connectionsOpened() const { return m_connectionsOpened; }
    int maxOpenConnections() const { return m_maxOpenConnections; }
    int maxRequestsInProgress() const { return m_maxInProgress; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_sockets.append(socket);
            ++m_connectionsOpened;
            m_maxOpenConnections = std::max(m_maxOpenConnections, int(m_sockets.size()));
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_sockets.removeOne(socket);
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            const QUrl target(QStringLiteral("http://loopback")
                              + QString::fromLatin1(first.value(1)));
            LoopbackRequest request;
            request.method = first.value(0);
            request.path = target.path(QUrl::FullyDecoded);
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            ++m_inProgress;
            m_maxInProgress = std::max(m_maxInProgress, m_inProgress);
            const LoopbackResponse response = m_handler(request);
            if (response.hang)
                continue;
            if (m_holding) {
                m_held.append({ socket, response });
            } else if (response.delayMs > 0) {
                QTimer::singleShot(response.delayMs, socket,
                                   [this, socket, response] { send(socket, response); });
            } else {
                send(socket, response);
            }
        }
    }

    void send(QTcpSocket *socket, const LoopbackResponse &response)
    {
        --m_inProgress;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " "
            + (response.status == 200 ? "OK" : "Error") + "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        socket->write(head + response.body);
    }

    Handler m_handler;
    QTcpServer m_server;
    quint16 m_port = 0;
    QList<QTcpSocket *> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<LoopbackRequest> m_requests;
    QList<std::pair<QPointer<QTcpSocket>, LoopbackResponse>> m_held;
    bool m_holding = false;
    int m_connectionsOpened = 0;
    int m_maxOpenConnections = 0;
    int m_inProgress = 0;
    int m_maxInProgress = 0;
};

} // namespace releve::testing
