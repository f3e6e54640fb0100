package org.reeplanner.cli;

import java.util.Locale;
import org.reeplanner.io.PlainNumber;
import org.reeplanner.model.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --set LEVER=USD_BN} override: a focus-area id and its new investment level. The text form is checked
 * here; whether the id names a focus area is checked against the catalog by the command.
 */
record LeverSetting(String leverId, double usdBn) {
    static LeverSetting parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new TypeConversionException("'" + text + "' has no '='; write it as LEVER=USD_BN, e.g. mining=3.5");
        }
        String id = text.substring(0, eq).trim();
        String amount = text.substring(eq + 1).trim();
        if (id.isEmpty()) {
            throw new TypeConversionException("'" + text + "' names no focus area before '='");
        }
        if (amount.isEmpty()) {
            throw new TypeConversionException("'" + text + "' gives no amount after '='; allowed a number of "
                    + range());
        }
        Double parsed = PlainNumber.parse(amount);
        if (parsed == null) {
            String hint = PlainNumber.hint(amount);
            throw new TypeConversionException("'" + amount + "' for " + id + " is not a number"
                    + (hint.isEmpty() ? "" : " (" + hint + ")") + "; allowed a number of " + range());
        }
        double value = parsed;
        if (!(value >= 0 && value <= Scenario.MAX_LEVER_USD_BN)) {
            throw new TypeConversionException(amount + " for " + id + " is out of range; allowed " + range());
        }
        return new LeverSetting(id, value == 0 ? 0.0 : value);
    }

    private static String range() {
        return String.format(Locale.ROOT, "USD bn from 0 to %.0f", Scenario.MAX_LEVER_USD_BN);
    }

    /** Lets picocli turn each {@code --set} value into a setting, reporting bad ones as input errors. */
    static final class Converter implements ITypeConverter<LeverSetting> {
        @Override
        public LeverSetting convert(String value) {
            return parse(value);
        }
    }
}
