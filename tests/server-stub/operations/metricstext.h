#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

//! GET /metrics as a test reads it: every sample by its name and labels exactly as written
//! (`kongjian_http_requests_total{route="/healthz",method="GET",status="200"}`), and whether the text keeps the
//! exposition format's rules (a HELP and a TYPE before each family's samples, one `name{labels} value` a line).
struct MetricsText {
    QHash<QString, double> samples;
    QString problem; // empty when the text is well formed

    [[nodiscard]] static MetricsText parse(const QByteArray &text);
    //! The sample's value, 0 when absent (a counter not yet counted).
    [[nodiscard]] double value(const QString &sample) const { return samples.value(sample, 0.0); }
};
