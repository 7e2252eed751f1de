@NullMarked
package dk.infohus.platform.web;

import org.jspecify.annotations.NullMarked;
