package com.shopmate.bench.chaos;

/**
 * One fault as it happened.
 *
 * @param pid              the process killed; 0 when there was none to kill
 * @param killedAtSecond   seconds after the load started
 * @param backAfterSeconds from the kill until a new process of the component was healthy; NaN when it was not back
 *                         within the recovery timeout
 * @param note             what went wrong, or empty
 */
public record FaultRecord(String component, long pid, double killedAtSecond, double backAfterSeconds, String note) {

    public boolean back() {
        return !Double.isNaN(backAfterSeconds);
    }
}
