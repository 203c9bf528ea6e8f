// A loopback HTTP/1.1 server for the unit tests of core/sync: each request goes to a handler
// that answers with a status, headers and a JSON body, or hangs, or drops the connection
// (after ownCloud's FakeQNAM overrides, but speaking the real protocol over a socket).
#pragma once

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace releve::testing {

struct FakeRequest
{
    QByteArray method;
    QString path; // without the query
    QString query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json;
    QByteArray bearer() const
    {
        const QByteArray value = headers.value("authorization");
        return value.startsWith("Bearer ") ? value.mid(7) : QByteArray();
    }
};

struct FakeResponse
{
    int status = 200;
    QJsonObject json;
    QList<std::pair<QByteArray, QByteArray>> headers;
    enum class Mode { Answer, Hang, Drop } mode = Mode::Answer;
    int delayMs = 0;

    static FakeResponse error(int status, const QString &code, const QString &message = {},
                              const QString &field = {})
    {
        QJsonObject body { { QStringLiteral("error"), code },
                           { QStringLiteral("message"), message } };
        if (!field.isEmpty())
            body.insert(QStringLiteral("field"), field);
        return FakeResponse { status, body, {}, Mode::Answer, 0 };
    }
};

class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    ~FakeHttpServer() override
    {
        m_server.close();
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            delete socket;
        }
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    const QList<FakeRequest> &requests() const { return m_requests; }
    int count(const QString &path) const
    {
        int n = 0;
        for (const FakeRequest &request : m_requests)
            n += request.path == path ? 1 : 0;
        return n;
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            FakeRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QString target = QString::fromUtf8(first.value(1));
            request.path = target.section(u'?', 0, 0);
            request.query = target.section(u'?', 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.json = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
            buffer.remove(0, headerEnd + 4 + length);
            m_requests.append(request);
            const FakeResponse response = m_handler(request);
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(response.delayMs, this, [guard, response] {
                if (guard)
                    write(guard, response);
            });
        }
    }

    static void write(QTcpSocket *socket, const FakeResponse &response)
    {
        if (response.mode == FakeResponse::Mode::Hang)
            return;
        if (response.mode == FakeResponse::Mode::Drop) {
            socket->abort();
            return;
        }
        const QByteArray body = response.json.isEmpty()
            ? QByteArray()
            : QJsonDocument(response.json).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        out += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + body;
        socket->write(out);
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace releve::testing
