#pragma once

// Relays TCP connections from a fixed loopback port to another port on 127.0.0.1, byte for byte
// (TLS passes through untouched). The wizard tests a connector as it stands, on its Port (25 for
// a new connector: the wizard does not edit Port), while the test servers of tests/servers/
// listen on ports the system chose: the tests put one of them behind 127.0.0.1:25 with this.
// Tests that use it share port 25: CTest runs them one at a time (RESOURCE_LOCK smtp_port_25).
// Header-only; Qt Network only.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class PortForwarder : public QObject
{
public:
    explicit PortForwarder(QObject *parent = nullptr)
        : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    ~PortForwarder() override { close(); }

    // Listens on `address`:`port`; false (with errorString()) when it cannot.
    bool listen(const QHostAddress &address, quint16 port) { return m_server.listen(address, port); }
    QString errorString() const { return m_server.errorString(); }
    // Connections accepted from now on go to 127.0.0.1:`port`.
    void setTarget(quint16 port) { m_target = port; }
    // Stops listening (later connections are refused) and drops every relayed connection.
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        qDeleteAll(m_sockets);
        m_sockets.clear();
    }
    bool isListening() const { return m_server.isListening(); }
    // Relayed connections still open (either side).
    int openConnections() const
    {
        int open = 0;
        for (const QPointer<QTcpSocket> &socket : m_sockets) {
            if (socket && socket->state() != QAbstractSocket::UnconnectedState)
                ++open;
        }
        return open;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            client->setParent(this);
            m_sockets << client << upstream;
            const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                QObject::connect(from, &QTcpSocket::readyRead, to, [from, to] {
                    if (to->state() == QAbstractSocket::ConnectedState)
                        to->write(from->readAll());
                });
                // One side gone: the other goes too, once what it was sent is written.
                QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
                QObject::connect(from, &QTcpSocket::errorOccurred, to, [from, to] {
                    if (from->state() == QAbstractSocket::UnconnectedState)
                        to->disconnectFromHost();
                });
            };
            pipe(client, upstream);
            pipe(upstream, client);
            // What the client sent before the upstream answered (SMTP clients wait for the banner).
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
                upstream->write(client->readAll());
            });
            for (QTcpSocket *socket : {client, upstream}) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};
