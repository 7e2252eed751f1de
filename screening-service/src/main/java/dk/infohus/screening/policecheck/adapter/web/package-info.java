@NullMarked
package dk.infohus.screening.policecheck.adapter.web;

import org.jspecify.annotations.NullMarked;
