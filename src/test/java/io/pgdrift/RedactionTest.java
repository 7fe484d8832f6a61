package io.pgdrift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "reading postgresql://drift:hunter2@db.internal:5432/app      | reading postgresql://drift:***@db.internal:5432/app",
        "jdbc:postgresql://h/db?user=u&password=hunter2&ssl=true       | jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        "postgres://x:hunter2@h/db refused                             | postgres://x:***@h/db refused",
        "Linear refused key lin_api_AbCdEf0123456789                   | Linear refused key lin_api_***",
        "token lin_oauth_zz99 expired                                  | token lin_oauth_*** expired",
        "Incorrect API key provided: sk-proj-Abc123def456ghi789        | Incorrect API key provided: sk-proj-***",
        "invalid x-api-key sk-ant-api03-AbCdEfGhIj_kl-mn               | invalid x-api-key sk-ant-***",
        "key sk-0123456789abcdefABCDEF rejected                        | key sk-*** rejected",
        "header Authorization: Bearer eyJhbGciOi.payload.sig sent      | header Authorization: Bearer *** sent",
        "{\"x-api-key\":\"any-shape-of-key\"}                           | {\"x-api-key\":\"***\"}",
    })
    void textMasksEveryKnownShapeOfSecret(String text, String expected) {
        assertThat(Redaction.text(text)).isEqualTo(expected);
    }

    @Test
    void textLeavesOrdinaryTextAlone() {
        String plain = "postgresql://drift@db.internal:5432/app has 7 changes; see line_api_docs, the task-force "
                + "and risk-assessment-2024, sk- alone";
        assertThat(Redaction.text(plain)).isEqualTo(plain);
        assertThat(Redaction.text(null)).isNull();
    }

    @Test
    void knownSecretsAreMaskedWhateverTheirShape() {
        assertThat(Redaction.text("FATAL: password authentication failed (tried s3cr3t!)", "s3cr3t!", null))
                .isEqualTo("FATAL: password authentication failed (tried ***)");
        // a secret too short to search for would mask ordinary words
        assertThat(Redaction.text("a rather plain line", "a")).isEqualTo("a rather plain line");
    }

    @Test
    void urlHidesPasswordsEvenInBrokenText() {
        assertThat(Redaction.url("postgresql://u:p@ss@host/db")).isEqualTo("postgresql://u:***@host/db");
        assertThat(Redaction.url("postgresql://u:pa?ss@host/db?x=1")).isEqualTo("postgresql://u:***@host/db?x=1");
        assertThat(Redaction.url("postgresql://host/db?user=u&password=secret&sslpassword=k"))
                .isEqualTo("postgresql://host/db?user=u&password=***&sslpassword=***");
        assertThat(Redaction.url("postgresql://host/db?password=with space&x=1"))
                .isEqualTo("postgresql://host/db?password=***&x=1");
        assertThat(Redaction.url("postgresql://u@host/db")).isEqualTo("postgresql://u@host/db");
    }

    @Test
    void reasonIsTheFirstLineMaskedAndNamesUnexpectedErrors() {
        assertThat(Redaction.reason(new PgdriftException("cannot connect to postgresql://u:pw12@h/db\nmore detail")))
                .isEqualTo("cannot connect to postgresql://u:***@h/db");
        assertThat(Redaction.reason(new IllegalStateException("bad key lin_api_abcdef")))
                .isEqualTo("IllegalStateException: bad key lin_api_***");
        assertThat(Redaction.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
