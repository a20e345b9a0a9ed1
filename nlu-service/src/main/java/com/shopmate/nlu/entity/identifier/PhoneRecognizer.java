package com.shopmate.nlu.entity.identifier;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers as libphonenumber finds and validates them: national numbers of the home region without a country
 * code (13800138000 in CN), and international ones with + or 00 (+86 138-0013-8000, 0086 13800138000,
 * +1 415 555 2671). The value is E.164 (+8613800138000).
 */
public final class PhoneRecognizer implements EntityRecognizer {

    /** Shorter than this there is no valid number anywhere, and the text is not worth the library's time. */
    private static final int FEWEST_DIGITS = 7;

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String region;
    /** What national numbers start with when written in full, 0 in CN; null where there is none. */
    private final String trunkPrefix;

    /** @param region ISO 3166 region of numbers written without a country code, e.g. {@code CN} */
    public PhoneRecognizer(String region) {
        if (!phones.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("phone region '" + region + "' is not one libphonenumber knows");
        }
        this.region = region;
        String ndd = phones.getNddPrefixForRegion(region, true);
        this.trunkPrefix = ndd == null || ndd.isEmpty() ? null : ndd;
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        if (text.digits() < FEWEST_DIGITS) {
            return found;
        }
        for (PhoneNumberMatch match : phones.findNumbers(text.text(), region, PhoneNumberUtil.Leniency.VALID,
                Long.MAX_VALUE)) {
            if (isPlausible(match)) {
                found.add(new EntitySpan(EntityKind.PHONE, phones.format(match.number(), PhoneNumberFormat.E164),
                        match.start(), match.end()));
            }
        }
        return found;
    }

    /**
     * libphonenumber accepts "2026-12-01 12" as a Guangzhou landline without its trunk 0. A number written without a
     * country code counts only as a mobile or with its trunk prefix (010-…), and nothing shaped like a date does.
     */
    private boolean isPlausible(PhoneNumberMatch match) {
        String raw = match.rawString();
        if (DATE_SHAPE.matcher(raw).find()) {
            return false;
        }
        if (raw.startsWith("+") || raw.startsWith("00")) {
            return true;
        }
        PhoneNumberUtil.PhoneNumberType type = phones.getNumberType(match.number());
        return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE
                || trunkPrefix != null && raw.startsWith(trunkPrefix);
    }
}
