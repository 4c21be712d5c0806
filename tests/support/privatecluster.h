#pragma once

#include <QString>

//! A PostgreSQL cluster of one test's own (tests/postgresql/cluster.sh), for tests that stop the database or that
//! need no other test committing meanwhile (a snapshot is cluster-wide). Started by start(), deleted with the object.
class PrivateCluster
{
public:
    PrivateCluster();
    ~PrivateCluster(); // stops it and deletes its folder
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    //! Starts it (initialising it the first time); false, with a warning, when it cannot.
    [[nodiscard]] bool start();
    //! Stops it, keeping its data for the next start(): an outage.
    [[nodiscard]] bool halt();
    //! postgresql://… of its database, once started.
    [[nodiscard]] QString url() const { return m_url; }

private:
    bool run(const QString &action, QString *output = nullptr) const;

    QString m_dir;
    QString m_url;
};
