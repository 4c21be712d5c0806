-- Photo EXIF on PostgreSQL, as ../sqlite/0010_photoexif.sql (integers are BIGINT, text is TEXT COLLATE "C",
-- see 0001_foundation.sql). The camera facts of a photo's bytes, read from its EXIF when the upload completes
-- (media/imageprocessor): make, model and lens as cleaned text (at most 64 characters), the aperture as an
-- f-number, the exposure in seconds, the ISO speed and the focal length in millimetres. All optional; never
-- the location. Media stored before this migration have none.
ALTER TABLE media ADD COLUMN camera_make TEXT COLLATE "C";
ALTER TABLE media ADD COLUMN camera_model TEXT COLLATE "C";
ALTER TABLE media ADD COLUMN lens_model TEXT COLLATE "C";
ALTER TABLE media ADD COLUMN f_number DOUBLE PRECISION;
ALTER TABLE media ADD COLUMN exposure_s DOUBLE PRECISION;
ALTER TABLE media ADD COLUMN iso BIGINT;
ALTER TABLE media ADD COLUMN focal_length_mm DOUBLE PRECISION;
