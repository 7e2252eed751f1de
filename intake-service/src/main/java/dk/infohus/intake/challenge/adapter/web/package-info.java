@NullMarked
package dk.infohus.intake.challenge.adapter.web;

import org.jspecify.annotations.NullMarked;
