// Test certificates made at test time with the openssl command line: a CA, a server
// certificate it signed for 127.0.0.1/localhost, one for another host name, and an unrelated
// second CA. Qt cannot create certificates itself.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct TestPki
{
    QList<QSslCertificate> ca; // signed the two server certificates
    QList<QSslCertificate> otherCa; // unrelated
    QString caFile; // ca as PEM, for spsync --ca-file
    QSslCertificate server; // SAN IP:127.0.0.1, DNS:localhost
    QSslKey serverKey;
    QSslCertificate wrongHost; // SAN DNS:sync.example.invalid only
    QSslKey wrongHostKey;

    static bool haveOpenssl();
    // Writes everything under dir. false and *error on failure.
    bool make(const QString &dir, QString *error);
};
