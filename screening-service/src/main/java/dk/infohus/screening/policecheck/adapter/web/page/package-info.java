/**
 * The police coordinator's and the municipal coordinator's pages under {@code /politi/**}: the queue, a
 * concern's page and the forms of the police check and the decision. Server-rendered, without JavaScript,
 * Danish first and English on {@code lang=en}.
 */
@NullMarked
package dk.infohus.screening.policecheck.adapter.web.page;

import org.jspecify.annotations.NullMarked;
