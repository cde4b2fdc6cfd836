"""Fix: use a build of the module compiled against NumPy 2 (here: rebuilt from source), or pin numpy<2.

A module compiled against NumPy 2's headers runs with NumPy 1.x and 2.x alike. For a package you
install, that means upgrading it to a release built for NumPy 2; for your own extension, rebuilding it.
"""
import shlex
import subprocess
import sys
import sysconfig

import numpy
import torch

SOURCE = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

static PyObject *count(PyObject *self, PyObject *arg)
{
    if (!PyArray_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "expected a numpy array");
        return NULL;
    }
    return PyLong_FromSsize_t(PyArray_SIZE((PyArrayObject *)arg));
}

static PyMethodDef methods[] = {{"count", count, METH_O, "Number of elements."}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "new_extension", NULL, -1, methods};

PyMODINIT_FUNC PyInit_new_extension(void)
{
    import_array();
    return PyModule_Create(&module);
}
"""

with open("new_extension.c", "w") as f:
    f.write(SOURCE)
# --8<-- [start:fix]
# Build against the NumPy that is installed (2.x): numpy.get_include() points at its headers.
compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")
subprocess.run(compiler + ["-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"], "-I" + numpy.get_include(),
                           "new_extension.c", "-o", "new_extension" + sysconfig.get_config_var("EXT_SUFFIX")], check=True)
# --8<-- [end:fix]
sys.path.insert(0, ".")
import new_extension  # noqa: E402

array = torch.arange(6).reshape(2, 3).numpy()  # torch hands the array to the compiled module
assert int(numpy.__version__.split(".")[0]) >= 2
assert new_extension.count(array) == 6
print("NumPy", numpy.__version__.split(".")[0] + ".x | module built against it imported; count =", new_extension.count(array))
