@NullMarked
package dk.infohus.intake.concern.adapter.web;

import org.jspecify.annotations.NullMarked;
