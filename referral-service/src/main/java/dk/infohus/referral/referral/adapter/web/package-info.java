@NullMarked
package dk.infohus.referral.referral.adapter.web;

import org.jspecify.annotations.NullMarked;
