/**
 * ICAO Doc 9303 / ISO/IEC 39794-5 portrait quality: yaw and pitch within ±5°, roll within ±8° (±5° recommended).
 */
export const YAW_LIMIT_DEG = 5;
export const PITCH_LIMIT_DEG = 5;
export const ROLL_LIMIT_DEG = 8;
/**
 * MediaPipe's pose angles are estimates: on the 20 fixture portraits the head yaw implied by where the eyes look
 * (people looking into the lens) agreed with the matrix's yaw within ±3.6°. A value past the ICAO limit by less
 * than this is a warning; only beyond it do we say the photo would be refused.
 */
export const POSE_ESTIMATE_ERROR_DEG = 3;
